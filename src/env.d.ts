/** CRXJS `?script&iife` imports resolve to the built script's path inside the extension. */
declare module '*?script&iife' {
  const path: string;
  export default path;
}
