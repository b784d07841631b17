// Runs before routing. One job: a URL whose path cannot be percent-decoded (`/topics/50%off`) would make
// Next.js answer a bare 500; answer a clear 400 instead, as the error envelope for the API.
import { NextResponse, type NextRequest } from 'next/server';

function decodesCleanly(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const raw = new URL(request.url).pathname;
  if (decodesCleanly(raw)) return NextResponse.next();
  const message =
    `The address ${raw} has a "%" that is not followed by two hex digits. ` +
    'In a URL a "%" in a name is written %25, e.g. sale-50%25off for the name "sale-50%off".';
  if (raw.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'invalid_argument', message } }, { status: 400 });
  }
  return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export const config = {
  // Static assets never carry resource names.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
