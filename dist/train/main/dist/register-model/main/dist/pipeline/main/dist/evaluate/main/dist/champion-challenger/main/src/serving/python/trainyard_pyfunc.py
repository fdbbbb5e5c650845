"""trainyard's wrapper of a predict command as an MLflow python_function model (models-from-code).

predict(DataFrame) writes the rows to a CSV file, runs the model's predict command without a shell under
trainyard's predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE) and
returns the predictions file as a DataFrame. The command's files are in code/ next to this file; its
runtime (for example node or python) must be on the serving host's PATH.
"""

import json
import os
import subprocess
import tempfile

import mlflow
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))


class TrainyardPredictCommand(mlflow.pyfunc.PythonModel):
    def load_context(self, context):
        with open(os.path.join(HERE, "trainyard_predict.json"), encoding="utf-8") as handle:
            self.settings = json.load(handle)

    def predict(self, context, model_input, params=None):
        settings = self.settings
        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)
        with tempfile.TemporaryDirectory(prefix="trainyard-predict-") as scratch:
            input_file = os.path.join(scratch, "input.csv")
            predictions_file = os.path.join(scratch, "predictions.csv")
            frame.to_csv(input_file, index=False)
            env = dict(os.environ)
            env.update(
                TRAINYARD_MODEL_DIR=HERE,
                TRAINYARD_INPUT_FILE=input_file,
                TRAINYARD_PREDICTIONS_FILE=predictions_file,
            )
            try:
                done = subprocess.run(
                    settings["argv"],
                    cwd=os.path.join(HERE, settings["cwd"]),
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=settings.get("timeout_seconds", 600),
                    check=False,
                )
            except FileNotFoundError as error:
                raise RuntimeError(
                    f"the predict command {settings['argv'][0]!r} is not on this host's PATH: "
                    "a wrapped trainyard model needs the predict command's runtime where it is served"
                ) from error
            if done.returncode != 0:
                raise RuntimeError(
                    f"the predict command {' '.join(settings['argv'])} exited with code "
                    f"{done.returncode}: {done.stderr[-2000:]}"
                )
            return pd.read_csv(predictions_file)


mlflow.models.set_model(TrainyardPredictCommand())
