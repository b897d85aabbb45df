-- Prefilled APA and ASH dossiers (DOMAIN.md §3, §4, §9 rules 7–24).
-- Each generation is a new immutable version: the PDF and the JSON document of the same content,
-- with their SHA-256. Rows can be inserted, never updated nor deleted (trigger below), so a
-- version's hash never changes; regenerating makes a new number.
create table dossier_version (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    request_id      uuid         not null references aid_request (id),
    number          integer      not null check (number > 0),
    kind            varchar(20)  not null check (kind in ('APA_DOMICILE', 'APA_ETABLISSEMENT', 'ASH_PA', 'ASH_PH')),
    draft           boolean      not null,
    schema_version  varchar(40)  not null,
    pdf             bytea        not null,
    pdf_sha256      varchar(64)  not null,
    pdf_size        bigint       not null,
    json            bytea        not null,
    json_sha256     varchar(64)  not null,
    -- Paths of the JSON document that differ from the previous version (none for the first).
    changes         jsonb        not null default '[]',
    created_by      uuid,
    created_by_name text,
    created_at      timestamptz  not null,
    unique (request_id, number)
);
create index dossier_version_request on dossier_version (request_id, number desc);

create function dossier_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'dossier_version rows are immutable: generate a new version instead';
end;
$$;
create trigger dossier_version_no_update before update or delete on dossier_version
    for each row execute function dossier_version_immutable();

-- Elderly-person ASH needs the list of obligés alimentaires or an explicit "none" declaration
-- (rule 21); the declaration belongs to the request.
alter table aid_request add column dossier_no_obliges boolean not null default false;

-- The département's variant of the dossier (extra required fields, FINESS required, label),
-- set by the organisation's administrator; null means the national structure only.
alter table organisation add column dossier_variant jsonb;
