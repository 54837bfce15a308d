import { vehiclesNow } from '../../../../data/devices';

/**
 * GET /api/vehicles/{id}: the device as the API returns it now, after its owner carried out the
 * intervention. Stands in for the host's own backend, which would ask the API.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const vehicle = vehiclesNow[id];
  if (!vehicle) return Response.json({ error: 'unknown vehicle' }, { status: 404 });
  return Response.json(vehicle, { headers: { 'Cache-Control': 'no-store' } });
}
