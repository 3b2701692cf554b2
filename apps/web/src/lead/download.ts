import { rawFetch } from '../api/client';

/** Downloads a file from the API (with the bearer header) under the name the server gives, or `fallback`. */
export async function downloadFromApi(path: string, fallback: string): Promise<string> {
  const res = await rawFetch(path);
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : fallback;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
