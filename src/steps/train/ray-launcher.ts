/**
 * The launcher of a Ray job whose contract files travel through S3 (train.ray.transfer: s3). It runs on
 * the cluster with the Python standard library only (no boto3, no AWS credentials): every object it reads
 * or writes is a presigned URL in TRAINYARD_RAY_PLAN, so it learns nothing of the runner's folders.
 *
 * 1. downloads the inputs (train/test file, params, the checkpoint trainyard restored) into a local folder;
 * 2. runs the user's command (argv, no shell) with the TRAINYARD_* variables pointing at local folders;
 * 3. every `interval` seconds and at the end, when the checkpoint folder changed, PUTs it as a tar.gz;
 * 4. at the end PUTs the curves file and (exit code 0) the model folder as a tar.gz; exits with the
 *    command's code. SIGTERM (Ray's stop) is passed on to the command, which gets 10 s before SIGKILL.
 */
export const RAY_LAUNCHER = String.raw`
import hashlib, io, json, os, signal, subprocess, sys, tarfile, tempfile, threading, time, urllib.request

plan = json.loads(os.environ["TRAINYARD_RAY_PLAN"])
root = tempfile.mkdtemp(prefix="trainyard-job-")
data_dir = os.path.join(root, "data")
model_dir = os.path.join(root, "model")
checkpoint_dir = os.path.join(root, "checkpoints")
curves_file = os.path.join(root, "curves.jsonl")
for folder in (data_dir, model_dir, checkpoint_dir):
    os.makedirs(folder)
open(curves_file, "w").close()

def log(message):
    print("[trainyard launcher] " + message, flush=True)

def fetch(url, path):
    with urllib.request.urlopen(url, timeout=300) as response, open(path + ".partial", "wb") as out:
        while True:
            chunk = response.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
    os.replace(path + ".partial", path)

def put(url, body):
    for attempt in range(4):
        try:
            # Without a Content-Type urllib sends a form's, which S3-compatible servers may try to parse.
            request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/octet-stream"})
            with urllib.request.urlopen(request, timeout=300) as response:
                response.read()
            return
        except Exception as error:
            if attempt == 3:
                raise
            log("upload failed (%s); retrying" % error)
            time.sleep(2 ** attempt)

def tar_gz(folder):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        for base, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                path = os.path.join(base, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    archive.add(path, arcname=os.path.relpath(path, folder), recursive=False)
    return buffer.getvalue()

def folder_state(folder):
    digest = hashlib.sha256()
    for base, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            path = os.path.join(base, name)
            info = os.stat(path)
            digest.update(("%s|%d|%d\n" % (os.path.relpath(path, folder), info.st_size, info.st_mtime_ns)).encode())
    return digest.hexdigest()

env = dict(os.environ)
for name in ("TRAINYARD_RAY_PLAN", "TRAINYARD_RAY_LAUNCHER"):
    env.pop(name, None)
for variable, item in plan["inputs"].items():
    path = os.path.join(root if item.get("root") else data_dir, item["name"])
    fetch(item["url"], path)
    env[variable] = path
for item in plan.get("checkpoint_in", []):
    path = os.path.join(checkpoint_dir, *item["name"].split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fetch(item["url"], path)
log("fetched %d input file(s) and %d checkpoint file(s) through S3" % (len(plan["inputs"]), len(plan.get("checkpoint_in", []))))
env.update(plan["env"])
env.update({
    "TRAINYARD_DATA_DIR": data_dir,
    "TRAINYARD_OUTPUT_DIR": model_dir,
    "TRAINYARD_METRICS_FILE": curves_file,
    "TRAINYARD_CHECKPOINT_DIR": checkpoint_dir,
})

uploaded = [folder_state(checkpoint_dir)]
lock = threading.Lock()

def upload_checkpoint():
    with lock:
        state = folder_state(checkpoint_dir)
        if state == uploaded[0]:
            return
        put(plan["uploads"]["checkpoint"], tar_gz(checkpoint_dir))
        uploaded[0] = state
        log("checkpoint uploaded")

child = subprocess.Popen(plan["argv"], env=env, cwd=root)

def on_term(signum, frame):
    log("stop requested: passing SIGTERM to the command")
    try:
        child.send_signal(signal.SIGTERM)
    except ProcessLookupError:
        pass

signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGINT, on_term)

stopping = threading.Event()

def every_interval():
    while not stopping.wait(plan["interval"]):
        try:
            upload_checkpoint()
        except Exception as error:
            log("checkpoint upload failed: %s" % error)

threading.Thread(target=every_interval, daemon=True).start()
while True:
    try:
        code = child.wait(timeout=1)
        break
    except subprocess.TimeoutExpired:
        continue
stopping.set()
upload_checkpoint()
put(plan["uploads"]["curves"], open(curves_file, "rb").read())
if code == 0:
    put(plan["uploads"]["model"], tar_gz(model_dir))
    log("model uploaded")
sys.exit(code if code >= 0 else 128 - code)
`;

/** The entrypoint of such a job: it runs the launcher that runtime_env.env_vars carries (no input in it). */
export const RAY_S3_ENTRYPOINT =
  'python3 -c \'import os; exec(compile(os.environ["TRAINYARD_RAY_LAUNCHER"], "trainyard_launcher", "exec"))\'';
