import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * The ceiling: a node:http server that answers every request with bytes already in memory, with
 * the same headers the delivery API sent. Nothing a Node server does per request can be cheaper, so
 * the delivery API's figure divided by this one says how much of the machine it leaves unused.
 */

const [bodyFile, headersFile, port] = process.argv.slice(2)
if (!bodyFile || !headersFile || !port) throw new Error('usage: static-server <body file> <headers json> <port>')

const body = readFileSync(bodyFile)
const headers = JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>

createServer((_req, res) => {
  res.writeHead(200, headers).end(body)
}).listen(Number(port), '127.0.0.1', () => process.send?.('listening'))
