-- Web sessions (Spring Session JDBC): kept in the database so that every application node sees
-- the same sign-ins, and ending a user's sessions (disabled, password changed or reset) takes
-- effect on all nodes at once.
create table accounts_session (
    primary_id             char(36) not null primary key,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100)
);
create unique index accounts_session_ix1 on accounts_session (session_id);
create index accounts_session_ix2 on accounts_session (expiry_time);
create index accounts_session_ix3 on accounts_session (principal_name);

create table accounts_session_attributes (
    session_primary_id  char(36) not null references accounts_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    primary key (session_primary_id, attribute_name)
);

-- Failed sign-ins, by account name and address together and by address alone: each key's count
-- within the window sets how long its next attempt must wait.
create table accounts_sign_in_failure (
    subject         varchar(400) not null primary key,
    failures        int not null,
    last_failed_at  timestamp(6) with time zone not null
);
