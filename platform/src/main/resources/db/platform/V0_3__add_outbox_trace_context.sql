-- Trace context of the transaction that wrote the event (W3C traceparent/tracestate, docs/adr/0030): the relay sends
-- the row later from another thread and puts it back in the record's headers, so the consumer continues the trace.
alter table outbox_event add column trace_parent varchar(55);
alter table outbox_event add column trace_state varchar(512);
