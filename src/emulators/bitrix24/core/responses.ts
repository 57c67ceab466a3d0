/** Writing portal-shaped HTTP answers. */
import type { ServerResponse } from 'node:http';
import { errorBody, type EmulatorError } from './emulator-error.js';
import type { BinaryOutcome } from './method.js';
import { xmlDocument } from './xml-response.js';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendXml(res: ServerResponse, status: number, body: unknown): void {
  const text = xmlDocument(body);
  res.writeHead(status, {
    'Content-Type': 'text/xml; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: EmulatorError): void {
  sendJson(res, error.status, errorBody(error));
}

export function sendBinary(res: ServerResponse, outcome: BinaryOutcome): void {
  const { body, contentType, filename } = outcome.binary;
  const ascii = filename.replace(/[^\x20-\x7e]|"/g, '_');
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  });
  res.end(body);
}

const REASONS: Record<number, string> = {
  200: 'OK',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An nginx-style HTML page, as a proxy in front of the portal would send. */
export function sendHtml(res: ServerResponse, status: number): void {
  const title = status === 200 ? 'Bitrix24 maintenance' : `${status} ${REASONS[status] ?? 'Error'}`;
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
  });
  res.end(html);
}
