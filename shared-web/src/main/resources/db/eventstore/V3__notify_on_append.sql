-- Every commit that appends events sends one notification on channel flock_events, which each query-side instance
-- listens on (ChangeNotifications): its processors learn of new events at once instead of polling the table.
-- PostgreSQL delivers a notification when its transaction commits (never for one that rolls back) and folds equal
-- notifications of one transaction into one, so a command's batch of events costs one.
create function notify_events_appended() returns trigger language plpgsql as $$
begin
    perform pg_notify('flock_events', '');
    return null;
end
$$;

create trigger events_appended after insert on domain_event_entry
    for each statement execute function notify_events_appended();
