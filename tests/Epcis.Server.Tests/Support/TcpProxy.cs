using System.Net;
using System.Net.Sockets;

namespace Epcis.Server.Tests.Support;

/// <summary>A loopback TCP forwarder that a test can cut, to make a database "go down" under a running server.</summary>
public sealed class TcpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _open = [];
    private readonly string _targetHost;
    private readonly int _targetPort;
    private volatile bool _cut;

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptLoop();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Drops every connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var c in _open) c.Dispose();
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { return; }
            if (_cut) { client.Dispose(); continue; }
            var upstream = new TcpClient();
            try { await upstream.ConnectAsync(_targetHost, _targetPort); }
            catch (SocketException) { client.Dispose(); upstream.Dispose(); continue; }
            lock (_open) { _open.Add(client); _open.Add(upstream); }
            _ = Pump(client.GetStream(), upstream.GetStream(), client, upstream);
            _ = Pump(upstream.GetStream(), client.GetStream(), upstream, client);
        }
    }

    private static async Task Pump(Stream from, Stream to, TcpClient a, TcpClient b)
    {
        try { await from.CopyToAsync(to); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
        a.Dispose();
        b.Dispose();
    }

    public void Dispose()
    {
        Cut();
        _listener.Stop();
    }
}
