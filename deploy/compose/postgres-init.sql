-- The services' roles and databases, as ./kabinet up provisions them (local-stack/bin/servers.sh, pg_provision):
-- one role kabinet_<svc> (password = name, the apps' dev default) owning one database kabinet_<svc> per service.
-- Run once by the postgres image on an empty data volume. ComposeFileTest checks that every service of parts.sh is here.
CREATE ROLE kabinet_identity LOGIN PASSWORD 'kabinet_identity';
CREATE DATABASE kabinet_identity OWNER kabinet_identity;
CREATE ROLE kabinet_account LOGIN PASSWORD 'kabinet_account';
CREATE DATABASE kabinet_account OWNER kabinet_account;
CREATE ROLE kabinet_metering LOGIN PASSWORD 'kabinet_metering';
CREATE DATABASE kabinet_metering OWNER kabinet_metering;
CREATE ROLE kabinet_billing LOGIN PASSWORD 'kabinet_billing';
CREATE DATABASE kabinet_billing OWNER kabinet_billing;
CREATE ROLE kabinet_payment LOGIN PASSWORD 'kabinet_payment';
CREATE DATABASE kabinet_payment OWNER kabinet_payment;
CREATE ROLE kabinet_notification LOGIN PASSWORD 'kabinet_notification';
CREATE DATABASE kabinet_notification OWNER kabinet_notification;
