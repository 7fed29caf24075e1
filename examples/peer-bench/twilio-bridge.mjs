// The benchmark peer: a Twilio Media Streams WebSocket server that bridges every stream to an OpenAI Realtime
// session with the OpenAI Agents SDK, as the SDK documents it (TwilioRealtimeTransportLayer as the transport of a
// RealtimeSession), except that the transport's `url` points at the local realtime simulator.
// Usage: node twilio-bridge.mjs --url ws://127.0.0.1:PORT/v1/realtime?model=gpt-realtime [--port 0] [--api-key K]
//        [--model M] (default: the model of the URL) [--sdk-defaults]
//
// Session configuration: by default the one the Camel bridge sends (so both bridges ask the simulator for the same
// work): G.711 µ-law both ways, server_vad with the API's defaults, no input transcription. --sdk-defaults leaves the
// SDK's own defaults; with @openai/agents-realtime 0.20.0 + @openai/agents-extensions 0.18.0 those announce 24 kHz
// PCM (not µ-law) to the API, because RealtimeSession seeds its config with PCM formats and the Twilio transport only
// fills in g711 when no format is set (fixed upstream after 0.18.0: openai-agents-js PRs 1366 and 1676).
// Prints "READY <port>" on stdout when it listens; one line "ERROR ..." per session error on stderr;
// PEER_BENCH_TRACE=1 also prints the type of every transport event.
import { WebSocketServer } from 'ws';
import { RealtimeAgent, RealtimeSession } from '@openai/agents-realtime';
import { TwilioRealtimeTransportLayer } from '@openai/agents-extensions';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const url = opt('--url');
const port = Number(opt('--port', '0'));
const apiKey = opt('--api-key', 'sk-peer-bench');
// the session.update the SDK sends names the model: it must be the model of the URL (the service cannot change it)
const model = opt('--model', new URL(url ?? 'ws://x/?model=gpt-realtime').searchParams.get('model') ?? 'gpt-realtime');
if (!url) {
  console.error('usage: node twilio-bridge.mjs --url ws://127.0.0.1:PORT/v1/realtime?model=gpt-realtime'
    + ' [--port 0] [--api-key KEY]');
  process.exit(2);
}

const sdkDefaults = args.includes('--sdk-defaults');
const config = sdkDefaults ? undefined : {
  audio: {
    input: {
      format: { type: 'audio/pcmu' },
      transcription: null,
      turnDetection: {
        type: 'server_vad',
        threshold: 0.5,
        prefixPaddingMs: 300,
        silenceDurationMs: 500,
        createResponse: true,
        interruptResponse: true,
      },
    },
    output: { format: { type: 'audio/pcmu' } },
  },
};

const agent = new RealtimeAgent({
  name: 'Bench assistant',
  instructions: 'You answer phone calls briefly.',
});

const wss = new WebSocketServer({ host: '127.0.0.1', port, path: '/media' });
wss.on('connection', async (twilioWebSocket) => {
  const transport = new TwilioRealtimeTransportLayer({ twilioWebSocket, url });
  const session = new RealtimeSession(agent, { transport, model, config });
  session.on('error', (e) => console.error('ERROR', JSON.stringify(e?.error?.error ?? String(e?.error ?? e))));
  if (process.env.PEER_BENCH_TRACE) {
    session.transport.on('*', (e) => console.error('TRACE', e.type, e.type === 'error' ? JSON.stringify(e) : ''));
  }
  twilioWebSocket.on('close', () => {
    session.close();
  });
  try {
    await session.connect({ apiKey });
  } catch (e) {
    console.error('ERROR connect', String(e));
    twilioWebSocket.close();
  }
});
wss.on('listening', () => {
  console.log(`READY ${wss.address().port}`);
});
process.on('SIGTERM', () => {
  wss.close();
  process.exit(0);
});
