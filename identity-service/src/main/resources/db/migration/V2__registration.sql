-- ID-1 registration (ADR 0015). Spent captcha solutions: a solution is accepted once; its signature is kept until the
-- challenge expires (then it is refused as expired anyway) and pruned after that.
create table captcha_solution (
    signature  text        primary key,
    expires_at timestamptz not null
);
create index captcha_solution_expires on captcha_solution (expires_at);

-- Ownership checks per client address: the per-address cap on registration attempts counts these rows.
create table registration_attempt (
    id           bigint      generated always as identity primary key,
    client_ip    text        not null,
    attempted_at timestamptz not null,
    outcome      text        not null
);
create index registration_attempt_ip_at on registration_attempt (client_ip, attempted_at);

-- Consent to personal-data processing (152-FZ art. 9): who, which text version, when and from which address.
create table personal_data_consent (
    id           bigint      generated always as identity primary key,
    subject      text        not null,
    username     text        not null,
    text_version text        not null,
    purpose      text        not null,
    given_at     timestamptz not null,
    client_ip    text        not null
);
create index personal_data_consent_subject on personal_data_consent (subject);
