// The throttling plugin paces requests with Bottleneck's light build; its package types only
// the full build, whose API the light build shares.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
