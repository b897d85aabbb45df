-- Accent- and case-insensitive text comparison for names (communes now, persons later);
-- hyphens count as spaces and typographic apostrophes as plain ones.
-- unaccent is a contrib extension shipped with PostgreSQL; make db creates it as superuser
-- when the application role may not.
create extension if not exists unaccent;

create or replace function entraide_normalise(value text) returns text
    language sql immutable parallel safe strict
as $$ select translate(lower(public.unaccent('public.unaccent'::regdictionary, value)), '-’', ' ''') $$;
