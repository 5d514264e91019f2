-- Codes are up to 64 characters everywhere in the API (rest/Codes.CODE), so the columns holding them are too:
-- a 33-character jurisdiction or area code passed validation and then failed in the database.
alter table plan alter column jurisdiction_code type varchar(64);
alter table reporting_area alter column code type varchar(64);
alter table reporting_area alter column parent_code type varchar(64);
