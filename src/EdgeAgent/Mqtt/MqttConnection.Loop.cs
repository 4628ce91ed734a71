using Edge.Agent.Events;
using MQTTnet;

namespace Edge.Agent.Mqtt;

internal sealed partial class MqttConnection
{
    /// <summary>Connects, subscribes, and reconnects with back-off whenever the connection is lost, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var backoff = new ReconnectBackoff(
            TimeSpan.FromMilliseconds(_settings.Reconnect.MinDelayMs), TimeSpan.FromMilliseconds(_settings.Reconnect.MaxDelayMs));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (!_client.IsConnected)
                {
                    if (!await TryConnectAsync(cancellationToken))
                    {
                        await Task.Delay(backoff.Next(), _time, cancellationToken);
                        continue;
                    }
                    backoff.Reset();
                }
                await _disconnected.WaitAsync(cancellationToken);
                if (!_client.IsConnected)
                    await Task.Delay(backoff.Next(), _time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.MqttLoopFailed(_logger, ex);
                await Task.Delay(backoff.Next(), _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> TryConnectAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var result = await _client.ConnectAsync(_options.Create(), cancellationToken);
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                var (code, message) = ConnectFailure.Describe(result.ResultCode);
                Refused(code, message);
                await _client.DisconnectAsync(new MqttClientDisconnectOptions(), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return false;
            }
            await SubscribeAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var (code, message) = ConnectFailure.Describe(ex, _options.Endpoint);
            Refused(code, message);
            return false;
        }
        _lastRefusal = null;
        Interlocked.Increment(ref _generation);
        Log.MqttConnected(_logger, _options.Endpoint, _time.GetElapsedTime(started).TotalMilliseconds);
        _connected.TrySetResult();
        _publish.Set();
        return true;
    }

    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        var builder = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in _subscriptions.Topics)
            builder.WithTopicFilter(f => f.WithTopic(topic).WithAtLeastOnceQoS().WithNoLocal(true));
        var result = await _client.SubscribeAsync(builder.Build(), cancellationToken);
        foreach (var item in result.Items)
        {
            if ((int)item.ResultCode > (int)MqttClientSubscribeResultCode.GrantedQoS2)
                Log.MqttSubscriptionRefused(_logger, item.TopicFilter.Topic, item.ResultCode.ToString());
        }
    }

    private void Refused(string code, string message)
    {
        // Repeated identical failures (broker down for an hour) are logged once per change, not per attempt.
        if (_lastRefusal != message)
        {
            _lastRefusal = message;
            Log.MqttConnectFailed(_logger, message);
            _status.RecordError(Stages.Mqtt, code, message);
        }
        else
        {
            Log.MqttConnectRetry(_logger, message);
        }
    }
}
