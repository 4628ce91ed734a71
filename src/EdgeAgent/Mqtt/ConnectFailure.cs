using System.Net.Sockets;
using System.Security.Authentication;
using Edge.Agent.Events;
using MQTTnet;

namespace Edge.Agent.Mqtt;

/// <summary>Turns a failed connection attempt into one line an operator can act on.</summary>
internal static class ConnectFailure
{
    /// <summary>Error code and message for a CONNACK that refused the connection.</summary>
    public static (string Code, string Message) Describe(MqttClientConnectResultCode code) => code switch
    {
        MqttClientConnectResultCode.BadUserNameOrPassword => (ErrorCodes.BrokerAuth, "MQTT broker refused the connection: bad user name or password (check Mqtt:Username and Mqtt:Password)"),
        MqttClientConnectResultCode.NotAuthorized => (ErrorCodes.BrokerAuth, "MQTT broker refused the connection: not authorized (bad user name or password? check Mqtt:Username and Mqtt:Password)"),
        MqttClientConnectResultCode.ClientIdentifierNotValid => (ErrorCodes.BrokerAuth, "MQTT broker refused the connection: client id not accepted (check Mqtt:ClientId)"),
        MqttClientConnectResultCode.Banned => (ErrorCodes.BrokerAuth, "MQTT broker refused the connection: this client is banned"),
        _ => (ErrorCodes.BrokerUnavailable, $"MQTT broker refused the connection: {code}"),
    };

    /// <summary>Error code and message for an exception thrown while connecting.</summary>
    public static (string Code, string Message) Describe(Exception exception, string endpoint)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AuthenticationException auth:
                    return (ErrorCodes.BrokerUnavailable, $"TLS handshake with the MQTT broker {endpoint} failed: {auth.Message} (check Mqtt:Tls:CaFile and the broker's certificate)");
                case SocketException socket:
                    return (ErrorCodes.BrokerUnavailable, $"MQTT broker {endpoint} is not reachable: {socket.SocketErrorCode}");
                case TimeoutException or OperationCanceledException:
                    return (ErrorCodes.BrokerUnavailable, $"MQTT broker {endpoint} did not answer in time");
            }
        }
        return (ErrorCodes.BrokerUnavailable, $"cannot connect to the MQTT broker {endpoint}: {exception.Message}");
    }
}
