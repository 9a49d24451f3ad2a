-- The last reminder e-mail each person was sent: what it listed (a digest of its reminders) and
-- when. A node claims a person's message by writing this row before sending it, so that one node
-- sends it; the same list is not sent again within vocbridge.reminders.mail-every.
create table accounts_reminder_mail (
    user_id  bigint not null primary key references accounts_user (id) on delete cascade,
    digest   varchar(64) not null,
    sent_at  timestamp(6) with time zone not null
);
