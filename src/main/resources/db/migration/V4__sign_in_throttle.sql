-- Failed password sign-ins slow further attempts on the account down (exponentially) instead of locking it.
-- Keyed by the normalised user name, also for names that do not exist, so that the answers reveal no accounts.
create table sign_in_throttle (
    username_key    varchar(100) not null primary key,
    failures        int          not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone not null
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);

-- Browsers that signed in before: the SHA-256 of a random cookie. They are exempt from the account's throttle
-- and count their own failures instead.
create table sign_in_device (
    token_hash   varchar(64)  not null primary key,
    username_key varchar(100) not null,
    failures     int          not null default 0,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null
);
create index sign_in_device_user on sign_in_device (username_key);

-- The lock-out these columns kept is replaced by the throttle above.
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
