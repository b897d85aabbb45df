-- Letters sent about a request (accusé de réception, request for missing pièces, notification of
-- a facultative decision), kept as the PDF that was produced.
create table letter (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    request_id      uuid         not null references aid_request (id),
    kind            varchar(24)  not null check (kind in ('ACCUSE_RECEPTION', 'DEMANDE_PIECES', 'NOTIFICATION_DECISION')),
    filename        text         not null,
    sha256          varchar(64)  not null,
    storage_key     text         not null unique,
    created_by      uuid,
    created_at      timestamptz  not null
);
create index letter_request on letter (request_id, created_at);

alter table organisation add column letterhead text;
