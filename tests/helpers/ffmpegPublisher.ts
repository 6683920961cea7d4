/**
 * A live publisher in Node that sends real media: ffmpeg (the app's own binary) generates a test
 * picture as VP8 and a tone as Opus, each an RTP stream to a loopback UDP port; every packet is
 * sent on through a werift peer connection to the SFU, as a browser's camera would be (werift
 * writes its own SSRC and payload type). For tests where the server decodes the stream (HLS).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createRequire } from 'node:module';
import { RtpPacket, type RTCRtpSender } from 'werift';
import { loopbackPeer, offerOf } from './livePeers.ts';

export const ffmpegPath = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;

const bound = (): Promise<Socket> =>
  new Promise((resolve) => {
    const s = createSocket('udp4');
    s.bind(0, '127.0.0.1', () => resolve(s));
  });

export interface MediaPublisher {
  offer: () => Promise<string>;
  accept: (answer: string) => Promise<void>;
  /** Starts ffmpeg's stream (a keyframe every second). */
  start: () => Promise<void>;
  close: () => Promise<void>;
}

export function mediaPublisher(): MediaPublisher {
  const pc = loopbackPeer();
  const senders: Record<'video' | 'audio', RTCRtpSender> = {
    video: pc.addTransceiver('video', { direction: 'sendonly' }).sender,
    audio: pc.addTransceiver('audio', { direction: 'sendonly' }).sender,
  };
  const sockets: Socket[] = [];
  let generator: ChildProcess | undefined;
  return {
    offer: () => offerOf(pc),
    accept: (sdp) => pc.setRemoteDescription({ type: 'answer', sdp }),
    async start() {
      const ports: Record<string, number> = {};
      for (const kind of ['video', 'audio'] as const) {
        const s = await bound();
        s.on('message', (msg: Buffer) => void senders[kind].sendRtp(RtpPacket.deSerialize(msg)).catch(() => {}));
        sockets.push(s);
        ports[kind] = s.address().port;
      }
      const to = (port: number | undefined) => `rtp://127.0.0.1:${port}?pkt_size=1200`;
      generator = spawn(
        ffmpegPath,
        [
          ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-re'],
          ...['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
          ...['-map', '0:v', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k', '-g', '25', '-f', 'rtp', '-payload_type', '96', to(ports.video)],
          ...['-map', '1:a', '-c:a', 'libopus', '-f', 'rtp', '-payload_type', '111', to(ports.audio)],
        ],
        { stdio: 'ignore' },
      );
    },
    async close() {
      generator?.kill('SIGKILL');
      for (const s of sockets) s.close();
      await pc.close();
    },
  };
}
