-- Runs once, when the postgres container starts on an empty data volume: one database per service.
-- The services' Flyway migrations create the schemas at their first start.
CREATE DATABASE indicator ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE agency ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE evaluation ENCODING 'UTF8' TEMPLATE template0;
