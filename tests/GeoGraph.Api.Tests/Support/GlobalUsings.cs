// Support helpers shared with the other test projects; the tests use them as their own.
global using GeoGraph.Testing;
