-- Foundation: reference data (COG), organisations and their communes, agents, sessions,
-- partner clients and the audit trail. Every later capability hangs off organisation.id.

create table ref_data_version (
    name       text primary key,
    checksum   text        not null,
    row_count  integer     not null,
    loaded_at  timestamptz not null
);

create table ref_departement (
    code   varchar(3) primary key,
    name   text       not null,
    region varchar(3)
);

create table ref_epci (
    code       varchar(9) primary key,
    name       text        not null,
    type       varchar(10) not null,
    population integer
);

-- One row per COG code and kind: a commune déléguée can share its code with the commune nouvelle.
create table ref_commune (
    code         varchar(5)  not null,
    type         varchar(30) not null,
    name         text        not null,
    departement  varchar(3)  not null,
    region       varchar(3),
    epci_code    varchar(9),
    postcodes    text[]      not null default '{}',
    population   integer,
    parent_code  varchar(5),
    former_codes text[]      not null default '{}',
    primary key (code, type)
);
create index ref_commune_epci on ref_commune (epci_code) where epci_code is not null;
create index ref_commune_name on ref_commune (lower(name));

create table organisation (
    id          uuid primary key,
    name        text        not null,
    kind        varchar(4)  not null check (kind in ('CCAS', 'CIAS')),
    epci_code   varchar(9),
    departement varchar(3),
    created_at  timestamptz not null,
    version     integer     not null default 0
);

-- The communes an organisation serves: its own commune for a CCAS, the EPCI members for a CIAS.
create table organisation_commune (
    organisation_id uuid       not null references organisation (id) on delete cascade,
    insee_code      varchar(5) not null,
    name            text       not null,
    departement     varchar(3) not null,
    postcodes       text[]     not null default '{}',
    primary key (organisation_id, insee_code)
);

create table agent (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    email           text        not null,
    email_key       text        not null unique,
    first_name      text        not null,
    last_name       text        not null,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    last_login_at   timestamptz,
    version         integer     not null default 0
);
create index agent_organisation on agent (organisation_id);

create table agent_role (
    agent_id uuid        not null references agent (id) on delete cascade,
    role     varchar(20) not null check (role in ('ADMIN', 'INSTRUCTEUR', 'ACCUEIL', 'PRESIDENT')),
    primary key (agent_id, role)
);

-- Communes an ACCUEIL agent is restricted to (a mairie secretariat of a CIAS, for example).
create table agent_commune (
    agent_id   uuid       not null references agent (id) on delete cascade,
    insee_code varchar(5) not null,
    primary key (agent_id, insee_code)
);

-- Failed logins are counted per normalised e-mail, known or not, so the lock-out tells nothing
-- about which addresses exist.
create table login_throttle (
    email_key       text primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

create table refresh_token (
    id         uuid primary key,
    family_id  uuid        not null,
    agent_id   uuid        not null references agent (id) on delete cascade,
    token_hash text        not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_token_family on refresh_token (family_id);

create table partner_client (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    client_id       text        not null unique,
    name            text        not null,
    type            varchar(12) not null check (type in ('DEPARTEMENT', 'CAF', 'MSA')),
    departement     varchar(3),
    secret_hash     text        not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null,
    created_by      uuid references agent (id),
    last_used_at    timestamptz,
    version         integer     not null default 0
);
create index partner_client_organisation on partner_client (organisation_id);

create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz not null,
    organisation_id uuid,
    actor_type      varchar(10) not null check (actor_type in ('AGENT', 'PARTNER', 'SYSTEM', 'ANONYMOUS')),
    actor_id        uuid,
    action          varchar(60) not null,
    target_type     varchar(40),
    target_id       text,
    request_id      text,
    details         jsonb
);
create index audit_event_organisation_time on audit_event (organisation_id, occurred_at desc);
create index audit_event_target on audit_event (target_type, target_id);
