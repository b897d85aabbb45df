-- Partner exchange, independent of dossiers: secret rotation without downtime, per-client rate
-- limit, idempotent partner POSTs, webhooks fed by a transactional outbox, CAF/MSA orientations
-- and the staff notifications they raise.

-- During a rotation the previous secret stays valid until an administrator retires it.
alter table partner_client add column previous_secret_hash text;
alter table partner_client add column secret_rotated_at timestamptz;
-- Requests per minute; null means the configured default.
alter table partner_client add column rate_limit_per_minute integer check (rate_limit_per_minute > 0);

-- One row per (partner, Idempotency-Key): the first request's hash and its answer.
create table idempotency_key (
    partner_id      uuid        not null references partner_client (id),
    idem_key        varchar(200) not null,
    request_hash    char(64)    not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz not null,
    primary key (partner_id, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);

create table webhook_subscription (
    id              uuid primary key,
    partner_id      uuid        not null references partner_client (id),
    url             text        not null,
    -- AES-GCM under the data key (FieldCipher): it must be readable to sign.
    secret          bytea       not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null,
    created_by      uuid
);
create index webhook_subscription_partner on webhook_subscription (partner_id);

-- The transactional outbox: an event is written in the transaction of the change it reports.
-- Its id is stable across retries so that receivers can deduplicate.
create table outbox_event (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    partner_id      uuid        not null references partner_client (id),
    type            varchar(60) not null,
    payload         jsonb       not null,
    created_at      timestamptz not null
);
create index outbox_event_partner on outbox_event (partner_id, created_at);

-- One delivery per event and webhook, claimed by a worker with a lease (FOR UPDATE SKIP LOCKED).
create table webhook_delivery (
    id              uuid primary key,
    event_id        uuid        not null references outbox_event (id),
    subscription_id uuid        not null references webhook_subscription (id),
    status          varchar(10) not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    delivered_at    timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    unique (event_id, subscription_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
    id              bigserial primary key,
    delivery_id     uuid        not null references webhook_delivery (id),
    attempted_at    timestamptz not null,
    http_status     integer,
    error           text,
    duration_ms     integer     not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);

create table orientation (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    reference       varchar(20) not null,
    beneficiary_id  uuid        not null references beneficiary (id),
    commune_code    varchar(5),
    partner_id      uuid        not null references partner_client (id),
    motif           varchar(30) not null,
    message         text        not null,
    consent_on      date        not null,
    consent_mode    varchar(10) not null check (consent_mode in ('ECRIT', 'ORAL')),
    status          varchar(16) not null check (status in ('ENVOYEE', 'PRISE_EN_COMPTE', 'REPONDUE')),
    acknowledged_at timestamptz,
    partner_reference varchar(100),
    answer_status   varchar(20),
    answer_comment  text,
    answered_at     timestamptz,
    created_at      timestamptz not null,
    created_by      uuid        not null references agent (id),
    -- Cursor for the partner's pull: increases with every change it should see.
    change_seq      bigint      not null,
    version         integer     not null default 0,
    unique (organisation_id, reference)
);
create sequence partner_change_seq;
create index orientation_partner on orientation (partner_id, change_seq);
create index orientation_organisation on orientation (organisation_id, created_at desc);

create table notification (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    commune_code    varchar(5),
    kind            varchar(30) not null,
    message         text        not null,
    target_type     varchar(30),
    target_id       uuid,
    created_at      timestamptz not null
);
create index notification_organisation on notification (organisation_id, created_at desc);

create table notification_read (
    notification_id uuid        not null references notification (id) on delete cascade,
    agent_id        uuid        not null references agent (id),
    read_at         timestamptz not null,
    primary key (notification_id, agent_id)
);
