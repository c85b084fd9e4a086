import { useEffect, useState } from 'react';

/** A QR code for a link, drawn as an image (the encoder loads only when a code is first shown). */
export function QrCode({ text, alt, size = 200 }: { text: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QR) =>
      QR.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then((url) => {
        if (live) setSrc(url);
      }),
    );
    return () => {
      live = false;
    };
  }, [text, size]);
  return src ? (
    <img src={src} alt={alt} width={size} height={size} className="qr" />
  ) : (
    <span className="qr-placeholder" style={{ width: size, height: size }} />
  );
}
