-- Name search at a million persons (BeneficiaryService.search, docs/decisions).
--
-- A beneficiary row is wide (about 1.7 kB with its details), so a search that reads a few
-- thousand of them reads thousands of pages. The search now runs on a narrow copy of what a
-- result line shows (about 150 bytes a person), kept by a trigger in the same transaction as
-- every write to the file, so it can never be out of date:
--   * ordered by name through a btree (byte order on normalised names), so "martin" gives its
--     first page without reading every Martin;
--   * words through a GIN full-text index on exact words: the typed prefixes are expanded to the
--     words that exist (name_word below), which is much cheaper for GIN than a prefix scan.
-- name_word is the dictionary of the words of the names of an organisation: prefix expansion and
-- typo correction (trigram similarity on a few thousand words instead of a million names). It
-- grows with the file; the retention job removes the words nobody bears any more after it
-- anonymises files. It is never shown: it only turns what is typed into words to look for.

create table beneficiary_search (
    id                 uuid primary key references beneficiary (id) on delete cascade,
    organisation_id    uuid        not null,
    status             varchar(12) not null,
    commune_code       varchar(5),
    referent_agent_id  uuid,
    gir                smallint,
    birth_date         date        not null,
    sex                varchar(6)  not null,
    birth_name         text        not null,
    usage_name         text,
    first_names        text        not null,
    search_name        text collate "C" not null,
    search_words       tsvector    not null,
    created_at         timestamptz not null,
    last_contact_on    date
);
-- Covering: the first page of a common name is read from the index alone (index-only scan), the
-- typed words checked on the index entries, then twenty rows fetched.
create index beneficiary_search_order on beneficiary_search (organisation_id, search_name, id)
    include (status, commune_code, search_words);
create index beneficiary_search_words_exact on beneficiary_search using gin (search_words);

create table name_word (
    organisation_id uuid not null,
    word            text collate "C" not null,
    primary key (organisation_id, word)
);
create index name_word_trigram on name_word using gin (word gin_trgm_ops);

create function beneficiary_search_sync() returns trigger
    language plpgsql
as $$
declare
    words tsvector := to_tsvector('simple', new.search_name);
begin
    -- An anonymised file has no name left to look for.
    if new.status = 'ANONYMISED' then
        delete from beneficiary_search where id = new.id;
        return null;
    end if;
    insert into beneficiary_search (id, organisation_id, status, commune_code, referent_agent_id, gir, birth_date, sex,
                                    birth_name, usage_name, first_names, search_name, search_words, created_at,
                                    last_contact_on)
    values (new.id, new.organisation_id, new.status, new.commune_code, new.referent_agent_id, new.gir, new.birth_date,
            new.sex, new.birth_name, new.usage_name, new.first_names, new.search_name, words, new.created_at,
            new.last_contact_on)
    on conflict (id) do update set
        organisation_id = excluded.organisation_id, status = excluded.status, commune_code = excluded.commune_code,
        referent_agent_id = excluded.referent_agent_id, gir = excluded.gir, birth_date = excluded.birth_date,
        sex = excluded.sex, birth_name = excluded.birth_name, usage_name = excluded.usage_name,
        first_names = excluded.first_names, search_name = excluded.search_name, search_words = excluded.search_words,
        created_at = excluded.created_at, last_contact_on = excluded.last_contact_on;
    if tg_op = 'INSERT' or new.search_name is distinct from old.search_name then
        insert into name_word (organisation_id, word)
        select new.organisation_id, w from unnest(tsvector_to_array(words)) as w
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger beneficiary_search_sync after insert or update on beneficiary
    for each row execute function beneficiary_search_sync();

-- The persons already on file.
insert into beneficiary_search (id, organisation_id, status, commune_code, referent_agent_id, gir, birth_date, sex,
                                birth_name, usage_name, first_names, search_name, search_words, created_at,
                                last_contact_on)
select id, organisation_id, status, commune_code, referent_agent_id, gir, birth_date, sex, birth_name, usage_name,
       first_names, search_name, to_tsvector('simple', search_name), created_at, last_contact_on
from beneficiary
where status <> 'ANONYMISED';
insert into name_word (organisation_id, word)
select distinct organisation_id, unnest(tsvector_to_array(search_words)) from beneficiary_search
on conflict do nothing;

-- Superseded: the wide table's full-text column and its indexes, and the trigram index on whole
-- names (typos are now corrected on the dictionary of words).
drop index beneficiary_search_name;
alter table beneficiary drop column search_words;
