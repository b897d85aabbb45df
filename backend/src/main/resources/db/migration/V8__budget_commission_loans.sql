-- Budget lines per year and facultative aid, commission sessions with their agenda, and the
-- repayment schedule of interest-free loans.
create table budget_line (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    year            integer     not null,
    aid_type_id     uuid        not null references aid_type (id),
    voted_cents     bigint      not null check (voted_cents >= 0),
    updated_at      timestamptz not null,
    unique (organisation_id, year, aid_type_id)
);

create table commission_session (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    held_on         date        not null,
    title           text        not null,
    members         jsonb       not null default '[]',
    created_at      timestamptz not null,
    created_by      uuid
);
create index commission_session_organisation on commission_session (organisation_id, held_on desc);

alter table aid_request add column commission_session_id uuid references commission_session (id);
alter table aid_request add column budget_override_reason text;

create table loan_installment (
    id            uuid primary key,
    request_id    uuid        not null references aid_request (id),
    number        integer     not null,
    due_on        date        not null,
    amount_cents  bigint      not null,
    paid_cents    bigint      not null default 0,
    last_paid_on  date,
    unique (request_id, number)
);
