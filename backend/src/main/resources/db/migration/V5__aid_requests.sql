-- Aid requests (demandes d'aide): legal aid pre-instructed for the département and facultative
-- aid decided by the CCAS itself, from a per-organisation catalogue, with an enforced workflow
-- whose every transition is kept in aid_request_event.

create table aid_type (
    id                uuid primary key,
    organisation_id   uuid         not null references organisation (id),
    code              varchar(40)  not null,
    label             text         not null,
    kind              varchar(11)  not null check (kind in ('LEGAL', 'FACULTATIVE')),
    -- For legal aid: which dossier the département expects (APA, ASH...).
    legal_family      varchar(20),
    -- Facultative aid, from the règlement intérieur: ceiling, frequency limit, barème.
    ceiling_cents     bigint,
    frequency_months  integer,
    scale             jsonb,
    pieces            jsonb        not null default '[]',
    active            boolean      not null default true,
    version           integer      not null default 0,
    unique (organisation_id, code)
);

create table aid_request (
    id                      uuid primary key,
    organisation_id         uuid         not null references organisation (id),
    beneficiary_id          uuid         not null references beneficiary (id),
    -- Copied from the person at creation: scopes the request for front-desk agents.
    commune_code            varchar(5),
    aid_type_id             uuid         not null references aid_type (id),
    kind                    varchar(11)  not null check (kind in ('LEGAL', 'FACULTATIVE')),
    status                  varchar(16)  not null,
    reference               varchar(20)  not null,
    deposited_on            date,
    channel                 varchar(12),
    requested_amount_cents  bigint,
    proposed_amount_cents   bigint,
    granted_amount_cents    bigint,
    avis                    varchar(11) check (avis in ('FAVORABLE', 'DEFAVORABLE')),
    avis_motivation         text,
    avis_by                 uuid,
    avis_on                 date,
    transmitted_on          date,
    decision                varchar(8) check (decision in ('ACCORDEE', 'REFUSEE')),
    decision_on             date,
    effective_on            date,
    closed_reason           varchar(20),
    details                 jsonb        not null default '{}',
    created_at              timestamptz  not null,
    created_by              uuid,
    updated_at              timestamptz  not null,
    version                 integer      not null default 0,
    unique (organisation_id, reference)
);
create index aid_request_queue on aid_request (organisation_id, status, deposited_on);
create index aid_request_beneficiary on aid_request (beneficiary_id);

create table aid_request_event (
    id           bigserial primary key,
    request_id   uuid         not null references aid_request (id) on delete cascade,
    occurred_at  timestamptz  not null,
    agent_id     uuid,
    action       varchar(30)  not null,
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    comment      text,
    data         jsonb
);
create index aid_request_event_request on aid_request_event (request_id, id);

-- Per-organisation delegation of the président's avis (R123-21 CASF).
create table avis_delegation (
    organisation_id uuid        not null references organisation (id),
    agent_id        uuid        not null references agent (id) on delete cascade,
    granted_by      uuid        not null,
    granted_at      timestamptz not null,
    primary key (organisation_id, agent_id)
);

-- Human-readable request numbers (2026-000042), unique across the installation.
create sequence aid_request_number;
