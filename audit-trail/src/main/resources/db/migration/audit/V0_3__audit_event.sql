-- Who read or changed which client or appointment record, when, from where and with what outcome.
-- Written by the audit-trail module, separate from application logs; read by clinic admins only.
CREATE TABLE audit_event (
    id            BIGSERIAL     PRIMARY KEY,
    occurred_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    subject       VARCHAR(255)  NOT NULL,
    roles         VARCHAR(200)  NOT NULL,
    method        VARCHAR(10)   NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    record_type   VARCHAR(50)   NOT NULL,
    record_id     VARCHAR(100),
    client_ip     VARCHAR(45),
    status        SMALLINT      NOT NULL CHECK (status BETWEEN 100 AND 599),
    request_id    VARCHAR(128)
);

CREATE INDEX audit_event_record ON audit_event (record_type, record_id, occurred_at);
CREATE INDEX audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
