-- Name search in two tiers (see BeneficiaryService.search): first the words as typed (every word,
-- as a prefix, in any order) through a full-text index, which stays fast at a million persons
-- even for common names; then, only to fill the page, the trigram similarity of each word, which
-- forgives typos.
alter table beneficiary add column search_words tsvector generated always as (
    to_tsvector('simple', entraide_normalise(birth_name || ' ' || coalesce(usage_name, '') || ' ' || first_names))) stored;
create index beneficiary_search_words on beneficiary using gin (search_words);
create index beneficiary_search_name_order on beneficiary (organisation_id, search_name);
