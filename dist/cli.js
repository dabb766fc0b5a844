#!/usr/bin/env node
import { createRequire as __mlDocsGuardCreateRequire } from 'node:module';
const require = __mlDocsGuardCreateRequire(import.meta.url);
import{i as o,n as r}from"./cli/chunk-EKCF2GRZ.js";import{text as d}from"node:stream/consumers";process.stdout.on("error",e=>{e.code!=="EPIPE"&&process.stderr.write(`ml-docs-guard: cannot write the output: ${e.message}
`)});var s=process.argv.slice(2),c=process.cwd();function i(){let e;try{e=r(s)}catch{return}if(e.kind!=="check")return;let n=o({options:e.options,cwd:c});return n.catch(()=>{}),n}var t=i(),{main:a}=await import("./cli/main-XBOWIUQX.js");process.exitCode=await a({argv:s,io:{cwd:c,env:process.env,stdout:process.stdout,stderr:process.stderr,readStdin:()=>d(process.stdin)},...t===void 0?{}:{range:t}});
