-- One row that nodes starting at the same moment lock in turn (select … for update), so that one node at a time
-- deploys the models and sets up groups, authorizations, filters and demo users, and the next finds them done.
create table opstart_slot (id integer not null primary key);
insert into opstart_slot (id) values (1);
