namespace GeoGraph.Api.Subscriptions;

/// <summary>
/// A hot feed: every subscriber gets the events published after it subscribed. Publishing never
/// blocks on a slow subscriber's transport (observers queue their own sends).
/// </summary>
public sealed class EventFeed<T> : IObservable<T>
{
    private readonly Lock _lock = new();
    private IObserver<T>[] _observers = [];

    public int SubscriberCount => Volatile.Read(ref _observers).Length;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_lock)
            _observers = [.. _observers, observer];
        return new Subscription(this, observer);
    }

    public void Publish(T value)
    {
        foreach (var observer in Volatile.Read(ref _observers))
            observer.OnNext(value);
    }

    private void Unsubscribe(IObserver<T> observer)
    {
        lock (_lock)
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
    }

    private sealed class Subscription(EventFeed<T> stream, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => stream.Unsubscribe(observer);
    }
}
