using System.Diagnostics;
using System.Diagnostics.Metrics;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Diagnostics;

public sealed class TelemetryTests
{
    [Fact]
    public async Task ReportsTransactionsAsActivitiesAndRetriesAsMetrics()
    {
        var activities = new List<string>();
        long retries = 0;
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BoltTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity.OperationName); } },
        };
        ActivitySource.AddActivityListener(activityListener);
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BoltTelemetry.Name && instrument.Name == "bolt.transactions.retries")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref retries, value));
        meterListener.Start();
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.FailedRead("Neo.TransientError.General.DatabaseUnavailable") + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            await Scripts.ReadOneAsync(driver, TestContext.Current.CancellationToken);
        }

        Assert.Contains("bolt.execute_read", activities);
        Assert.Contains("bolt.connect", activities);
        Assert.True(Interlocked.Read(ref retries) >= 1);
    }
}
