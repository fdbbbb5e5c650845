"""trainyard's serving checks: load a packaged MLflow Model the way a server does and predict with it.

Run as an argument array, never through a shell:
  python trainyard_serving.py probe
  python trainyard_serving.py predict --model DIR_OR_URI --input CSV --output CSV [--label NAME] [--classes JSON]
  python trainyard_serving.py serve --model DIR --pyfunc-output CSV --output CSV [--classes JSON] [--timeout S]
Each prints one JSON line on stdout; a failure prints {"error": ...} and exits 3.
"""

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.dont_write_bytecode = True


def emit(payload):
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def fail(message, code=3):
    emit({"error": message})
    sys.exit(code)


def probe():
    import platform

    import mlflow

    emit({"python": platform.python_version(), "mlflow": mlflow.__version__, "executable": sys.executable})


def read_typed(path, specs, label):
    """The CSV rows as a DataFrame typed like the signature's inputs (every column text when there is none)."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if specs is None:
        keep = [name for name in frame.columns if name != label]
        frame = frame[keep]
        for name in keep:
            frame[name] = frame[name].where(frame[name].str.strip() != "", None)
        return frame
    missing = [spec["name"] for spec in specs if spec["name"] not in frame.columns]
    if missing:
        fail(f"the input has no column(s) {', '.join(missing)} that the model's signature requires")
    out = pd.DataFrame(index=frame.index)
    for spec in specs:
        text = frame[spec["name"]]
        empty = text.str.strip() == ""
        kind = spec["type"]
        if kind in ("long", "integer"):
            numbers = pd.to_numeric(text.where(~empty), errors="coerce")
            out[spec["name"]] = numbers.astype("int64" if not numbers.isna().any() else "float64")
        elif kind in ("double", "float"):
            out[spec["name"]] = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")
        elif kind == "boolean":
            out[spec["name"]] = text.str.strip().str.lower().isin(["true", "1", "yes"])
        elif kind == "datetime":
            out[spec["name"]] = pd.to_datetime(text.where(~empty), utc=True, format="ISO8601").dt.tz_localize(None)
        else:
            out[spec["name"]] = text.where(~empty, None)
    return out


def input_specs(model):
    signature = model.metadata.signature
    if signature is None or signature.inputs is None:
        return None
    return [json.loads(json.dumps(spec)) for spec in signature.inputs.to_dict()]


def model_classes(model):
    """The classes a classifier's flavor knows (scikit-learn's classes_), for a probability array's columns."""
    try:
        raw = model.get_raw_model()
    except Exception:  # noqa: BLE001 (a flavor without a raw model: no classes)
        return None
    classes = getattr(raw, "classes_", None)
    return [str(c.item() if hasattr(c, "item") else c) for c in classes] if classes is not None else None


def to_contract(result, classes):
    """Any pyfunc output as the predict contract's columns: prediction, and score or proba_<class>."""
    import numpy as np
    import pandas as pd

    if isinstance(result, dict):
        result = pd.DataFrame(result)
    if isinstance(result, list):
        result = pd.DataFrame(result) if result and isinstance(result[0], dict) else np.asarray(result)
    if isinstance(result, pd.Series):
        result = result.to_frame(name="prediction")
    if isinstance(result, pd.DataFrame):
        named = [c for c in result.columns if c in ("prediction", "score") or str(c).startswith("proba_")]
        if named:
            return result[named].reset_index(drop=True)
        if result.shape[1] == 1:
            return pd.DataFrame({"prediction": result.iloc[:, 0].to_numpy()})
        result = result.to_numpy()
    array = np.asarray(result)
    if array.ndim == 1:
        return pd.DataFrame({"prediction": array})
    if array.ndim == 2 and array.shape[1] == 1:
        return pd.DataFrame({"prediction": array[:, 0]})
    if array.ndim == 2 and classes and array.shape[1] == len(classes):
        labels = [classes[i] for i in array.argmax(axis=1)]
        frame = pd.DataFrame({"prediction": labels})
        if len(classes) == 2:
            frame["score"] = array[:, 1].astype("float64")
        else:
            for k, name in enumerate(classes):
                frame[f"proba_{name}"] = array[:, k].astype("float64")
        return frame
    fail(f"the model returned an array of shape {list(array.shape)}; expected one value or one probability per class a row")


def load(model_uri):
    import mlflow.pyfunc

    try:
        return mlflow.pyfunc.load_model(model_uri)
    except ModuleNotFoundError as error:
        fail(f"the model's loader needs the Python module {error.name!r}, which is not installed: {error}")
    except Exception as error:  # noqa: BLE001 (every load failure is reported to trainyard as a message)
        fail(f"mlflow.pyfunc.load_model({model_uri!r}) failed: {type(error).__name__}: {error}")


def predict(args):
    started = time.monotonic()
    model = load(args.model)
    loaded = time.monotonic()
    classes = json.loads(args.classes) if args.classes else model_classes(model)
    specs = input_specs(model)
    frame = read_typed(args.input, specs, args.label)
    try:
        result = model.predict(frame)
    except Exception as error:  # noqa: BLE001
        fail(f"the loaded model failed to predict: {type(error).__name__}: {error}")
    contract = to_contract(result, classes)
    contract.to_csv(args.output, index=False, float_format="%.17g")
    flavors = sorted(model.metadata.flavors)
    emit(
        {
            "rows": len(contract),
            "columns": list(contract.columns),
            "flavors": flavors,
            "loader_module": model.metadata.flavors["python_function"].get("loader_module"),
            "load_seconds": loaded - started,
            "predict_seconds": time.monotonic() - loaded,
            "raw_columns": [str(c) for c in getattr(result, "columns", [])],
        }
    )


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(args):
    """Loads the model with pyfunc and predicts its input example, then serves it with mlflow models serve
    and posts the serving input example to /invocations; both answers go to CSV files."""
    from mlflow.models import Model

    model = load(args.model)
    classes = json.loads(args.classes) if args.classes else model_classes(model)
    metadata = Model.load(args.model)
    info = metadata.saved_input_example_info or {}
    if not info.get("serving_input_path"):
        fail("the model has no serving input example (saved_input_example_info.serving_input_path in MLmodel)")
    example = metadata.load_input_example(args.model)
    try:
        in_process = model.predict(example)
    except Exception as error:  # noqa: BLE001
        fail(f"the loaded model failed to predict its input example: {type(error).__name__}: {error}")
    to_contract(in_process, classes).to_csv(args.pyfunc_output, index=False, float_format="%.17g")
    body_path = os.path.join(args.model, info["serving_input_path"])
    port = free_port()
    log_path = args.output + ".server.log"
    command = [
        sys.executable, "-m", "mlflow", "models", "serve",
        "-m", args.model, "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port), "-w", "1",
    ]
    started = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = started + args.timeout
        while True:
            if server.poll() is not None:
                fail(f"mlflow models serve exited with code {server.returncode} before answering: {tail(log_path)}")
            try:
                with urllib.request.urlopen(base + "/ping", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                fail(f"mlflow models serve did not answer /ping within {args.timeout} s: {tail(log_path)}")
            time.sleep(0.25)
        ready = time.monotonic()
        with open(body_path, "rb") as handle:
            body = handle.read()
        request = urllib.request.Request(
            base + "/invocations", data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=max(5, deadline - time.monotonic())) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            fail(f"/invocations answered HTTP {error.code}: {error.read().decode('utf-8', 'replace')[:2000]}")
        predictions = answer.get("predictions", answer) if isinstance(answer, dict) else answer
        contract = to_contract(predictions, classes)
        contract.to_csv(args.output, index=False, float_format="%.17g")
        emit(
            {
                "rows": len(contract),
                "columns": list(contract.columns),
                "example_rows": len(example),
                "port": port,
                "start_seconds": ready - started,
                "invoke_seconds": time.monotonic() - ready,
            }
        )
    finally:
        stop(server)


def tail(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()[-1500:]
    except OSError:
        return ""


def stop(server):
    if server.poll() is not None:
        return
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(prog="trainyard_serving")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("probe")
    p = commands.add_parser("predict")
    p.add_argument("--model", required=True)
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--label", default="")
    p.add_argument("--classes", default="")
    s = commands.add_parser("serve")
    s.add_argument("--model", required=True)
    s.add_argument("--pyfunc-output", required=True)
    s.add_argument("--output", required=True)
    s.add_argument("--classes", default="")
    s.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    if args.command == "probe":
        probe()
    elif args.command == "predict":
        predict(args)
    else:
        serve(args)


if __name__ == "__main__":
    main()
