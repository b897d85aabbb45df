-- The file of beneficiaries (fichier des bénéficiaires, R123-6 CASF): one row per person, with
-- the lists that belong to the person (household, resources, charges, pension funds, obligés
-- alimentaires, contacts) kept as JSON documents in the same row. They are always read and
-- written with the person, they are versioned with it (one ETag), and their history is stored
-- field by field in beneficiary_change. Everything a query filters or sorts on is a column.
create extension if not exists pg_trgm;

create table ref_country (
    code   varchar(5) primary key,
    name   text       not null,
    iso2   varchar(2),
    actual boolean    not null default true
);

create table beneficiary (
    id                    uuid primary key,
    organisation_id       uuid         not null references organisation (id),
    status                varchar(12)  not null check (status in ('ACTIVE', 'ARCHIVED', 'ANONYMISED')),
    birth_name            text         not null,
    usage_name            text,
    first_names           text         not null,
    sex                   varchar(6)   not null check (sex in ('FEMALE', 'MALE')),
    birth_date            date         not null,
    birth_place_code      varchar(5),
    birth_place_label     text,
    nationality           varchar(8)   not null check (nationality in ('FRENCH', 'EU', 'OTHER')),
    -- NIR: AES-GCM ciphertext, and an HMAC "blind index" to find it without decrypting.
    nir_cipher            bytea,
    nir_index             varchar(64),
    phone                 text,
    phone_digits          varchar(20),
    email                 text,
    commune_code          varchar(5),
    outside_territory     boolean      not null default false,
    gir                   smallint     check (gir between 1 and 6),
    referent_agent_id     uuid references agent (id),
    notes_cipher          bytea,
    rgpd_informed_on      date,
    last_contact_on       date,
    archived_at           timestamptz,
    anonymised_at         timestamptz,
    details               jsonb        not null default '{}',
    -- Accent-, case- and hyphen-insensitive names for the trigram search.
    search_name           text generated always as (
        entraide_normalise(birth_name || ' ' || coalesce(usage_name, '') || ' ' || first_names)) stored,
    -- Normalised birth name and first names: with the birth date, the duplicate check.
    identity_key          text generated always as (entraide_normalise(birth_name || ' ' || first_names)) stored,
    duplicate_reason      text,
    created_at            timestamptz  not null,
    created_by            uuid,
    updated_at            timestamptz  not null,
    updated_by            uuid,
    version               integer      not null default 0
);
create index beneficiary_organisation_commune on beneficiary (organisation_id, commune_code);
create index beneficiary_search_name on beneficiary using gin (search_name gin_trgm_ops);
create index beneficiary_identity_key on beneficiary (organisation_id, birth_date, identity_key);
create index beneficiary_nir_index on beneficiary (organisation_id, nir_index) where nir_index is not null;
create index beneficiary_birth_date on beneficiary (organisation_id, birth_date);
create index beneficiary_phone on beneficiary (organisation_id, phone_digits) where phone_digits is not null;
create index beneficiary_last_contact on beneficiary (status, last_contact_on);

-- Field-by-field history: who changed what, when, from what to what. Encrypted fields are
-- recorded as changed without their values.
create table beneficiary_change (
    id              bigserial primary key,
    beneficiary_id  uuid        not null references beneficiary (id) on delete cascade,
    organisation_id uuid        not null,
    changed_at      timestamptz not null,
    agent_id        uuid,
    version         integer     not null,
    field           text        not null,
    before_value    jsonb,
    after_value     jsonb
);
create index beneficiary_change_beneficiary on beneficiary_change (beneficiary_id, id);
