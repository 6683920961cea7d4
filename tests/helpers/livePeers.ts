/**
 * WebRTC peers for live video tests, in Node (werift), on loopback only: a publisher that sends a
 * generated VP8 RTP stream (the SFU forwards packets without decoding them) and counts the keyframe
 * requests it receives, and a viewer that counts the packets it receives. Signalling is the app's
 * non-trickle SDP: each offer is sent once ICE gathering is complete.
 */
import { classes, Message, methods, RTCPeerConnection, RTCRtpCodecParameters, RtpHeader, RtpPacket, type RTCRtpTransceiver } from 'werift';

/** A werift peer on loopback only, with the codecs the SFU takes (VP8 with NACK and PLI, Opus). */
export const loopbackPeer = () =>
  new RTCPeerConnection({
    codecs: {
      video: [new RTCRtpCodecParameters({ mimeType: 'video/VP8', clockRate: 90000, rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }] })],
      audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2 })],
    },
    iceAdditionalHostAddresses: ['127.0.0.1'],
    iceInterfaceAddresses: { udp4: '0.0.0.0' },
    iceUseIpv6: false,
  });

/**
 * From now on the peer answers the SFU's connectivity (consent) checks `delayMs` late, while its
 * media and its own checks go on: what the SFU sees when its saturated event loop reads every
 * answer that much after it came, made exact.
 */
export function answerChecksLate(pc: RTCPeerConnection, delayMs: number): void {
  for (const t of pc.iceTransports) {
    const connection = t.connection;
    connection.options.filterStunResponse = (request, addr, protocol) => {
      setTimeout(() => {
        // The binding response werift itself would have sent at once.
        const response = new Message(methods.BINDING, classes.RESPONSE, request.transactionId)
          .setAttribute('XOR-MAPPED-ADDRESS', addr)
          .addMessageIntegrity(Buffer.from(connection.localPassword, 'utf8'))
          .addFingerprint();
        protocol.sendStun(response, addr).catch(() => {});
      }, delayMs);
      return false;
    };
  }
}

/** The peer's offer once ICE gathering is complete (non-trickle). */
export async function offerOf(pc: RTCPeerConnection): Promise<string> {
  await pc.setLocalDescription(await pc.createOffer());
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const { unSubscribe } = pc.iceGatheringStateChange.subscribe((s) => {
        if (s === 'complete') {
          unSubscribe();
          resolve();
        }
      });
    });
  }
  return pc.localDescription!.sdp;
}

export interface TestPublisher {
  offer: () => Promise<string>;
  accept: (answer: string) => Promise<void>;
  /** Keyframe requests (PLI) that reached this publisher. */
  plis: () => number;
  /** Answers the SFU's connectivity checks this late from now on (answerChecksLate). */
  answerChecksLate: (delayMs: number) => void;
  /** Sends a packet every 20 ms until stop(). */
  start: () => void;
  close: () => Promise<void>;
}

export function testPublisher(): TestPublisher {
  const pc = loopbackPeer();
  const video: RTCRtpTransceiver = pc.addTransceiver('video', { direction: 'sendonly' });
  pc.addTransceiver('audio', { direction: 'sendonly' });
  let plis = 0;
  video.sender.onPictureLossIndication.subscribe(() => plis++);
  let timer: NodeJS.Timeout | undefined;
  let seq = 1;
  return {
    offer: () => offerOf(pc),
    accept: (sdp) => pc.setRemoteDescription({ type: 'answer', sdp }),
    plis: () => plis,
    answerChecksLate: (delayMs) => answerChecksLate(pc, delayMs),
    start() {
      timer = setInterval(() => {
        // A VP8 payload descriptor (S bit, partition 0) and some bytes: forwarded, never decoded.
        const payload = Buffer.concat([Buffer.from([0x10]), Buffer.alloc(200, seq & 0xff)]);
        const header = new RtpHeader({ sequenceNumber: seq & 0xffff, timestamp: seq * 3000, payloadType: 96, marker: true, ssrc: 1234 });
        seq++;
        video.sender.sendRtp(new RtpPacket(header, payload)).catch(() => {});
      }, 20);
    },
    async close() {
      clearInterval(timer);
      await pc.close();
    },
  };
}

export interface TestViewer {
  offer: () => Promise<string>;
  accept: (answer: string) => Promise<void>;
  /** Video packets received. */
  packets: () => number;
  /** Asks for a keyframe, as a browser does when it cannot decode. */
  requestKeyframe: () => Promise<void>;
  connectionState: () => string;
  /** Answers the SFU's connectivity checks this late from now on (answerChecksLate). */
  answerChecksLate: (delayMs: number) => void;
  close: () => Promise<void>;
}

export function testViewer(): TestViewer {
  const pc = loopbackPeer();
  const video = pc.addTransceiver('video', { direction: 'recvonly' });
  pc.addTransceiver('audio', { direction: 'recvonly' });
  let packets = 0;
  let ssrc = 0;
  pc.onTrack.subscribe((track) => {
    if (track.kind !== 'video') return;
    track.onReceiveRtp.subscribe((rtp) => {
      ssrc = rtp.header.ssrc;
      packets++;
    });
  });
  return {
    offer: () => offerOf(pc),
    accept: (sdp) => pc.setRemoteDescription({ type: 'answer', sdp }),
    packets: () => packets,
    requestKeyframe: () => video.receiver.sendRtcpPLI(ssrc),
    connectionState: () => pc.connectionState,
    answerChecksLate: (delayMs) => answerChecksLate(pc, delayMs),
    close: () => pc.close(),
  };
}
