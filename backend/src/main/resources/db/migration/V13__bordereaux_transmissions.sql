-- Bordereaux de transmission: legal-aid requests with their avis and a complete dossier version,
-- grouped per recipient département, numbered per organisation and year; each line is the
-- transmission of one request, which the département acknowledges and decides through its API.
create table bordereau_counter (
    organisation_id uuid    not null references organisation (id),
    year            integer not null,
    last_number     integer not null,
    primary key (organisation_id, year)
);

create table bordereau (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    year            integer     not null,
    seq             integer     not null,
    number          varchar(20) not null,
    departement     varchar(3)  not null,
    status          varchar(10) not null check (status in ('BROUILLON', 'ENVOYE')),
    created_at      timestamptz not null,
    created_by      uuid        not null references agent (id),
    sent_on         date,
    sent_at         timestamptz,
    sent_by         uuid references agent (id),
    version         integer     not null default 0,
    unique (organisation_id, year, seq)
);
create index bordereau_organisation on bordereau (organisation_id, created_at desc);

create table transmission (
    id                 uuid primary key,
    organisation_id    uuid        not null references organisation (id),
    bordereau_id       uuid        not null references bordereau (id) on delete cascade,
    request_id         uuid        not null references aid_request (id),
    dossier_version_id uuid        not null references dossier_version (id),
    departement        varchar(3)  not null,
    position           integer     not null,
    status             varchar(12) not null check (status in ('PREPAREE', 'ENVOYEE', 'RECUE', 'DECIDEE')),
    sent_at            timestamptz,
    -- The département's pull cursor (partner_change_seq), set when sent.
    change_seq         bigint,
    acknowledged_at    timestamptz,
    received_on        date,
    departement_reference varchar(100),
    decided_at         timestamptz,
    decision           varchar(8) check (decision in ('ACCORDEE', 'REFUSEE')),
    decided_on         date,
    amount_cents       bigint,
    effective_on       date,
    gir                integer check (gir between 1 and 6),
    plan_aide          text,
    motif              text,
    version            integer     not null default 0,
    -- A request is in one bordereau at most: once sent the workflow forbids sending it again.
    unique (request_id)
);
create index transmission_feed on transmission (organisation_id, departement, change_seq) where change_seq is not null;
create index transmission_bordereau on transmission (bordereau_id, position);
