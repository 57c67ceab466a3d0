/** Reading CONNECTOR / LINE and the per-line connector record, shared by the imconnector methods. */
import type { Params } from '../core/method.js';
import { getParam, isMissing, toInt, toStr } from '../core/params.js';
import type { EmConnector, EmConnectorLine, EmulatorState } from '../store/state.js';
import { argumentError, noProvider, notActiveLine } from './connector-errors.js';

/** Connector ids are lower-cased on registration, so every lookup lower-cases too. */
export function readConnectorId(params: Params): string {
  const id = toStr(getParam(params, 'CONNECTOR'))?.trim().toLowerCase();
  if (!id) throw argumentError('CONNECTOR');
  return id;
}

/** LINE arrives as a number or a numeric string (the status example sends `"12"`). */
export function readLine(params: Params): number {
  const raw = getParam(params, 'LINE');
  const line = toInt(raw);
  if (isMissing(raw) || line === undefined || line <= 0) throw argumentError('LINE');
  return line;
}

export function requireConnector(state: EmulatorState, id: string): EmConnector {
  const connector = state.connectors.get(id);
  if (!connector) throw noProvider();
  return connector;
}

/** An Open Channel that exists on the portal; unknown lines are refused like inactive ones. */
export function requireOpenLine(state: EmulatorState, line: number): void {
  if (!state.openLineIds.includes(line)) throw notActiveLine();
}

export function findConnectorLine(
  state: EmulatorState,
  connectorId: string,
  line: number,
): EmConnectorLine | undefined {
  return state.connectorLines.find((l) => l.connectorId === connectorId && l.lineId === line);
}

export function ensureConnectorLine(
  state: EmulatorState,
  connectorId: string,
  line: number,
): EmConnectorLine {
  const existing = findConnectorLine(state, connectorId, line);
  if (existing) return existing;
  const created: EmConnectorLine = { connectorId, lineId: line, active: false, data: null };
  state.connectorLines.push(created);
  return created;
}
