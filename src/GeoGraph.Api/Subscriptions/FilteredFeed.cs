namespace GeoGraph.Api.Subscriptions;

/// <summary>The events of a feed that pass a test, each mapped to what subscribers receive.</summary>
internal sealed class FilteredFeed<TIn, TOut>(IObservable<TIn> source, Func<TIn, bool> test, Func<TIn, TOut> map) : IObservable<TOut>
{
    public IDisposable Subscribe(IObserver<TOut> observer) => source.Subscribe(new Relay(observer, test, map));

    private sealed class Relay(IObserver<TOut> target, Func<TIn, bool> test, Func<TIn, TOut> map) : IObserver<TIn>
    {
        public void OnNext(TIn value)
        {
            if (test(value))
                target.OnNext(map(value));
        }

        public void OnError(Exception error) => target.OnError(error);

        public void OnCompleted() => target.OnCompleted();
    }
}
