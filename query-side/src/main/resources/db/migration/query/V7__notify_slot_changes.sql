-- Every commit that changes a view's slots (a replay marked, reset, switched live) sends one notification on
-- channel flock_slots, which each query-side instance listens on (ChangeNotifications): its processors follow a
-- replay started on another instance at once, and an idle instance need not read the rows every 200 ms.
create function notify_slots_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('flock_slots', '');
    return null;
end
$$;

create trigger slots_changed after insert or update or delete on projection_slot
    for each statement execute function notify_slots_changed();
