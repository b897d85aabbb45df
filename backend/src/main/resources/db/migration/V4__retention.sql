-- RGPD retention (CNIL référentiel 2023-095): files leave the active base after a period without
-- contact (2 years by default) and are anonymised after an intermediate archive period. Every
-- run, simulated or applied, is kept here.
alter table organisation add column retention_automatic boolean not null default false;

create table retention_run (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    mode             varchar(8)  not null check (mode in ('DRY_RUN', 'APPLIED')),
    trigger          varchar(9)  not null check (trigger in ('SCHEDULED', 'MANUAL')),
    agent_id         uuid,
    started_at       timestamptz not null,
    finished_at      timestamptz not null,
    archive_before   date        not null,
    anonymise_before timestamptz not null,
    archive_count    integer     not null,
    anonymise_count  integer     not null
);
create index retention_run_organisation on retention_run (organisation_id, started_at desc);
