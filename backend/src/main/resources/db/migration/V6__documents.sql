-- Pièces justificatives: the files attached to a request, each linked to a pièce of its checklist.
-- The bytes live in the document store (filesystem by default); the row keeps their SHA-256.
create table document (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    request_id      uuid         not null references aid_request (id),
    piece_code      varchar(40)  not null,
    filename        text         not null,
    content_type    varchar(40)  not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    storage_key     text         not null unique,
    uploaded_by     uuid,
    uploaded_at     timestamptz  not null
);
create index document_request on document (request_id);
