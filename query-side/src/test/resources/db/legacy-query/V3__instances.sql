-- Every running query-side instance, with when it last said so (QueryInstances, every second). The processors
-- share their segments among the instances seen within the claim timeout.
create table query_instance (
    node_id varchar(255) primary key,
    seen_at timestamptz  not null
);
