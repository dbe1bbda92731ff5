-- Where an objective's box stands on its scorecard's strategy map, once someone has dragged it: x across the map and
-- y down from the top of its perspective's band, both in the map's own units. Objectives without a row are spread
-- evenly over their band. Removing the objective or the scorecard removes its position.
create table objective_position (
    scorecard_id bigint  not null references scorecard (id) on delete cascade,
    objective_id bigint  not null references objective (id) on delete cascade,
    x            integer not null,
    y            integer not null,
    primary key (scorecard_id, objective_id)
);
create index objective_position_objective on objective_position (objective_id);
