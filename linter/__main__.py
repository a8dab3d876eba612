from withdraw_lint.cli import main

main()
