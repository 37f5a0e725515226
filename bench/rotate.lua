-- wrk script: rotates over the request paths in the file named by PATHS_FILE and prints one RESULT line.
local paths = {}
local counter = 0

function init(args)
  local prefix = args[1] or "/chilcano/api/manuf/"
  for line in io.lines(os.getenv("PATHS_FILE")) do
    paths[#paths + 1] = prefix .. line
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
