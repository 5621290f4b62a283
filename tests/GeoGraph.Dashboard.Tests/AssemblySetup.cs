using GeoGraph.Dashboard.Tests.Support;

// One service and one browser for the whole assembly; the tests drive one page at a time, since a
// browser and the service already share the machine's two cores.
[assembly: AssemblyFixture(typeof(DashboardFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
